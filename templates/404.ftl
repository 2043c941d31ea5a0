<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign nav = navigation?first>
<#-- Served for any unknown path, so links are absolute from the site root. -->
<@layout.page title="Page not found" description="The page you asked for does not exist on this site." root="/">
<article class="page not-found">
<h1>Page not found</h1>
<p>There is no page at this address. It may have moved when a chapter was reorganised.</p>
<p>Search for it with the search box at the top of the page, start again from the <a href="/index.html">home page</a>, or pick a chapter:</p>
<ul class="cards">
<#list nav.chapters as chapter>
  <li class="card"><h2><a href="/${chapter.uri}">${chapter.title}</a></h2><p>${chapter.description}</p></li>
</#list>
</ul>
</article>
</@layout.page>
