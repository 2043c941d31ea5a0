<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame of every HTML page: head, header, chapter navigation, main, footer. -->
<#macro page title description root current="" wide=false>
<#local navigation = .globals.navigation?first>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Concurrency, Measured</title>
<meta name="description" content="${description}">
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${root}css/site.css">
<link rel="icon" href="${root}img/favicon.svg" type="image/svg+xml">
<script src="${root}js/site.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="site-name" href="${root}index.html">Concurrency, Measured</a>
  <nav class="site-sections" aria-label="Chapters">
    <ul>
    <#list navigation.chapters as chapter>
      <li><a href="${root}${chapter.uri}"<#if chapter.current> aria-current="true"</#if>>${chapter.title}</a></li>
    </#list>
    </ul>
  </nav>
</header>
<div class="site-body<#if wide> site-body-wide</#if>">
<#if navigation.chapter??>
<nav class="chapter-nav" aria-label="${navigation.chapter.title}">
  <details class="chapter-toc" open>
    <summary>${navigation.chapter.title}</summary>
    <ol>
      <li><a href="${root}${navigation.chapter.uri}"<#if navigation.chapter.uri == current> aria-current="page"</#if>>Introduction</a></li>
    <#list navigation.chapter.pages as p>
      <li><a href="${root}${p.uri}"<#if p.uri == current> aria-current="page"</#if>>${p.title}</a></li>
    </#list>
    </ol>
  </details>
</nav>
</#if>
<main id="main">
<#if navigation.chapter?? && navigation.chapter.uri != current>
<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="${root}index.html">Home</a></li><li><a href="${root}${navigation.chapter.uri}">${navigation.chapter.title}</a></li><li aria-current="page">${title}</li></ol></nav>
</#if>
<#nested>
<#if navigation.previous?? || navigation.next??>
<nav class="pager" aria-label="Previous and next page">
  <#if navigation.previous??><a class="pager-previous" rel="prev" href="${root}${navigation.previous.uri}"><span>Previous</span> ${navigation.previous.title}</a></#if>
  <#if navigation.next??><a class="pager-next" rel="next" href="${root}${navigation.next.uri}"><span>Next</span> ${navigation.next.title}</a></#if>
</nav>
</#if>
</main>
</div>
<footer class="site-footer">
  <p>Every output on this site comes from a real run by the build; each one is stamped with when and where it was measured.</p>
</footer>
</body>
</html>
</#macro>
