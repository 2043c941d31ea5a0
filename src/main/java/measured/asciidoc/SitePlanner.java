package measured.asciidoc;

import measured.plan.SitePlan;
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
}
