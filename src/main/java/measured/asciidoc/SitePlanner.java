package measured.asciidoc;

import measured.plan.PagePlan;
import measured.plan.SitePlan;

import java.nio.file.Path;
import java.util.List;
import measured.site.SiteLayout;

/** Plans every page of a site: the first step of a bake. */
public final class SitePlanner {

    private final PagePlanner pages;
    private final SiteLayout layout;

    SitePlanner(PagePlanner pages, SiteLayout layout) {
        this.pages = pages;
        this.layout = layout;
    }

    public SitePlan plan() {
        return new SitePlan(layout.pages().stream().map(pages::plan).toList());
    }

    /** The plans of these pages only (serve mode re-plans what changed). */
    public List<PagePlan> plan(List<Path> changed) {
        return changed.stream().map(pages::plan).toList();
    }
}
