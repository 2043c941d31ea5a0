package measured.browser;

import org.openqa.selenium.JavascriptExecutor;

import java.util.List;

/**
 * What every page must have, read from the loaded page: a title, a language, exactly one h1, a meta
 * description; every sample block its output and its stamp; every JShell output its stamp, after the claims
 * checked on it if any (and a JShell
 * listing, {@code .listingblock.jshell}, its output right after it); and no
 * output that contains markup (a program's output is text: only the runner's own notes may be elements).
 */
public final class StructureCheck {

    private static final String CHECK = """
            const problems = [];
            const h1 = document.querySelectorAll('h1').length;
            if (h1 !== 1) problems.push(h1 + ' h1 elements (a page has exactly one)');
            if (!document.title.trim()) problems.push('no <title>');
            if (!document.documentElement.lang) problems.push('no lang on <html>');
            const description = document.querySelector('meta[name="description"]');
            if (!description || !description.content.trim()) problems.push('no meta description');
            document.querySelectorAll('.openblock.sample').forEach((sample, i) => {
              const title = sample.querySelector('.listingblock .title');
              const name = title ? title.textContent.trim() : 'sample block ' + (i + 1);
              if (!sample.querySelector('pre.output')) problems.push(name + ': no output');
              if (!sample.querySelector('.stamp')) problems.push(name + ': no stamp');
            });
            document.querySelectorAll('pre.jshell-output').forEach((pre, i) => {
              let next = pre.nextElementSibling;
              while (next && next.matches('ul.claims')) next = next.nextElementSibling; // the claims checked on it
              if (!next || !next.matches('.stamp')) problems.push('JShell output ' + (i + 1) + ': no stamp');
            });
            document.querySelectorAll('.listingblock.jshell code').forEach((code, i) => {
              const block = code.closest('.listingblock');
              let next = block ? block.nextElementSibling : null;
              while (next && next.matches('p.sample-links')) next = next.nextElementSibling; // the .jsh download
              const shown = next && (next.matches('pre.output') || next.querySelector('pre.output'));
              if (!shown) problems.push('JShell block ' + (i + 1) + ' ("' + code.textContent.trim().slice(0, 40) + '"): no output');
            });
            document.querySelectorAll('pre.output').forEach(pre => {
              pre.querySelectorAll('*').forEach(element => {
                const note = element.tagName === 'SPAN'
                    && (element.classList.contains('output-cut') || element.classList.contains('output-note'));
                if (!note) problems.push('markup in an output: <' + element.tagName.toLowerCase() + '> in "'
                    + pre.textContent.trim().slice(0, 60) + '"');
              });
            });
            return problems;
            """;

    private StructureCheck() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> problems(ChromiumBrowser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(CHECK);
    }
}
