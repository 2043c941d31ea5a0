<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign nav = navigation?first>
<@layout.page title=content.title description=(content.description!"") root=content.rootpath current=content.uri source=((content.file!"")?replace("\\", "/")?keep_after_last("/content/")) wide=true>
<article class="page home" data-pagefind-body>
<h1>${content.title}</h1>
${content.body?no_esc}
<h2 id="chapters"><a class="link" href="#chapters">Chapters</a></h2>
<ul class="cards">
<#list nav.chapters as chapter>
  <li class="card"><h3><a href="${content.rootpath}${chapter.uri}">${chapter.title}</a></h3><p>${chapter.description}</p><p class="card-count">${chapter.pages?size} pages</p></li>
</#list>
</ul>
</article>
</@layout.page>
