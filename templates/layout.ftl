<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame of every HTML page: head, header (search, theme toggle), chapter navigation, main, footer.
     No inline script or style anywhere: the site is served with a strict Content-Security-Policy. -->
<#--
  title, description: the page's own; root: the relative path to the site root ("../", or "/" on 404);
  current: the page's uri; source: the page's file under content/ (for "Edit this page"), empty for none;
  body: the page's HTML, read for the on-this-page table of contents; wide: no sidebar (home page).
-->
<#macro page title description root current="" source="" body="" wide=false>
<#local navigation = .globals.navigation?first>
<#local host = (config.site_host)!"">
<#local repository = (config.site_repository)!"">
<#local branch = (config.site_repository_branch)!"main">
<!DOCTYPE html>
<html lang="en" data-root="${root}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Concurrency, Measured</title>
<meta name="description" content="${description}">
<meta name="color-scheme" content="light dark">
<#if host?has_content && current?has_content>
<link rel="canonical" href="${host}/<#if current != "index.html">${current}</#if>">
<meta property="og:url" content="${host}/<#if current != "index.html">${current}</#if>">
</#if>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Concurrency, Measured">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<link rel="stylesheet" href="${root}css/site.css">
<link rel="icon" href="${root}img/favicon.svg" type="image/svg+xml">
<#-- theme.js is tiny and not deferred: it applies the remembered theme before the first paint. -->
<script src="${root}js/theme.js"></script>
<script src="${root}js/site.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="site-name" href="${root}index.html"><img src="${root}img/favicon.svg" alt="" width="28" height="28"> Concurrency, Measured</a>
  <div class="site-search" role="search" data-pagefind-ignore>
    <label class="visually-hidden" for="search-input">Search the site</label>
    <input id="search-input" class="search-input" type="search" placeholder="Search  /" autocomplete="off" spellcheck="false" aria-controls="search-results" aria-describedby="search-status">
    <p id="search-status" class="visually-hidden" role="status"></p>
    <div id="search-results" class="search-results" hidden></div>
  </div>
  <button type="button" class="theme-toggle" aria-pressed="false"><svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/></svg><span>Dark theme</span></button>
</header>
<div class="site-body<#if wide> site-body-wide</#if>">
<#if !wide>
<nav class="site-nav" aria-label="Chapters">
  <details class="nav-menu collapsible">
    <summary>Chapters and pages</summary>
    <ol class="nav-chapters">
    <#list navigation.chapters as chapter>
      <li<#if chapter.current> class="current"</#if>><a href="${root}${chapter.uri}"<#if chapter.uri == current> aria-current="page"</#if>>${chapter.title}</a>
      <#if chapter.current && chapter.pages?has_content>
        <ol class="nav-pages">
        <#list chapter.pages as p>
          <li><a href="${root}${p.uri}"<#if p.uri == current> aria-current="page"</#if>>${p.title}</a></li>
        </#list>
        </ol>
      </#if>
      </li>
    </#list>
    </ol>
  </details>
</nav>
</#if>
<main id="main">
<#if navigation.chapter?? && navigation.chapter.uri != current>
<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="${root}index.html">Home</a></li><li><a href="${root}${navigation.chapter.uri}">${navigation.chapter.title}</a></li><li><a href="${root}${current}" aria-current="page">${title}</a></li></ol></nav>
</#if>
<#-- On this page: the page's sections (h2), read from its HTML, for pages with three or more. -->
<#local headings = body?matches(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', 's')>
<#if (headings?size >= 3)>
<details class="page-toc collapsible">
  <summary>On this page</summary>
  <nav aria-label="On this page">
    <ol>
    <#list headings as h>
      <li><a href="#${h?groups[1]}">${h?groups[2]?replace(r'<[^>]+>', '', 'r')?no_esc}</a></li>
    </#list>
    </ol>
  </nav>
</details>
</#if>
<#nested>
<#if repository?has_content && source?has_content>
<p class="edit-page"><a href="${repository}/edit/${branch}/content/${source}">Edit this page</a> <span>(its source, <code>content/${source}</code>)</span></p>
</#if>
<#if navigation.previous?? || navigation.next??>
<nav class="pager" aria-label="Previous and next page">
  <#if navigation.previous??><a class="pager-previous" rel="prev" href="${root}${navigation.previous.uri}"><span>Previous</span> ${navigation.previous.title}</a></#if>
  <#if navigation.next??><a class="pager-next" rel="next" href="${root}${navigation.next.uri}"><span>Next</span> ${navigation.next.title}</a></#if>
</nav>
</#if>
</main>
</div>
<footer class="site-footer">
  <p>Every output on this site comes from a real run by the build; each one is stamped with when and where it was measured.
  The record of every run: <a href="${root}samples-report.json">samples-report.json</a>.</p>
</footer>
</body>
</html>
</#macro>
