<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- The sample catalog: the page's body holds the table of every run (the sample-catalog:: macro). -->
<@layout.page title=content.title description=(content.description!"") root=content.rootpath current=content.uri source=((content.file!"")?replace("\\", "/")?keep_after_last("/content/")) body=content.body>
<article class="page" data-pagefind-body>
<h1>${content.title}</h1>
${content.body?no_esc}
</article>
</@layout.page>
