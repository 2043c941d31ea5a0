<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content as document>
  <url><loc>${config.site_host}/<#if document.uri != "index.html">${document.uri}</#if></loc></url>
</#list>
</urlset>
