<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- The sample catalog: every run the pages of this build show, from the runner's own record. -->
<@layout.page title=content.title description=(content.description!"") root=content.rootpath current=content.uri source=((content.file!"")?replace("\\", "/")?keep_after_last("/content/")) body=content.body>
<article class="page" data-pagefind-body>
<h1>${content.title}</h1>
${content.body?no_esc}
<#assign runs = sample_catalog>
<#assign fresh = runs?filter(r -> !r.fromCache)?size>
<p class="catalog-summary">${runs?size} runs on this site: ${fresh} measured by this build, ${runs?size - fresh} taken from the result cache (each with the date it was measured). The same data is in <a href="${content.rootpath}samples-report.json">samples-report.json</a>.</p>
<div class="table-scroll">
<table class="catalog">
<caption>Every sample and JShell session, slowest first</caption>
<thead><tr><th scope="col">sample</th><th scope="col">page</th><th scope="col">kind</th><th scope="col" class="num">wall time (s)</th><th scope="col">measured</th><th scope="col">result</th></tr></thead>
<tbody>
<#list runs as run>
<tr><td><code>${run.what}</code></td><td><a href="${content.rootpath}${run.uri}">${run.page}</a></td><td>${run.kind}</td><td class="num">${run.seconds}</td><td><time datetime="${run.measuredAtIso}">${run.measuredAt}</time></td><td><#if run.fromCache>cached<#else>fresh</#if></td></tr>
</#list>
</tbody>
</table>
</div>
</article>
</@layout.page>
