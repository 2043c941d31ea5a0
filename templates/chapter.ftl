<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign nav = navigation?first>
<@layout.page title=content.title description=(content.description!"") root=content.rootpath current=content.uri source=((content.file!"")?replace("\\", "/")?keep_after_last("/content/")) body=content.body>
<article class="page chapter" data-pagefind-body>
<h1>${content.title}</h1>
${content.body?no_esc}
<#if nav.chapter?? && nav.chapter.pages?has_content>
<h2 id="pages-in-this-chapter"><a class="link" href="#pages-in-this-chapter">Pages in this chapter</a></h2>
<ol class="page-list">
<#list nav.chapter.pages as p>
  <li><a href="${content.rootpath}${p.uri}">${p.title}</a><#if p.description?has_content><p>${p.description}</p></#if></li>
</#list>
</ol>
</#if>
</article>
</@layout.page>
