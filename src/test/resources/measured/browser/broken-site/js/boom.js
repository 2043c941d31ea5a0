console.error("boom: a script of this page reports an error");
