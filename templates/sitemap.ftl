<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content as document>
<#if document.type == "page" || document.type == "chapter" || document.type == "home" || document.type == "catalog">
  <url><loc>${config.site_host}/<#if document.uri != "index.html">${document.uri}</#if></loc></url>
</#if>
</#list>
</urlset>
