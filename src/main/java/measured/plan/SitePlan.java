package measured.plan;

import measured.run.RunRequest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The plans of every page of the site, in page order: everything a bake runs is known before it runs. */
public record SitePlan(List<PagePlan> pages) {

    public SitePlan {
        pages = List.copyOf(pages);
    }

    /** Every distinct request of the site, in page order. */
    public List<RunRequest> requests() {
        LinkedHashSet<RunRequest> requests = new LinkedHashSet<>();
        for (PagePlan page : pages) {
            page.samples().forEach(use -> requests.add(use.request()));
            page.session().ifPresent(requests::add);
        }
        return List.copyOf(requests);
    }

    /** The same site with these pages planned anew (matched by their path). */
    public SitePlan with(List<PagePlan> replanned) {
        return new SitePlan(pages.stream().map(page -> replanned.stream()
                .filter(p -> p.page().equals(page.page())).findFirst().orElse(page)).toList());
    }

    /** The plan of one page. */
    public java.util.Optional<PagePlan> page(String pagePath) {
        return pages.stream().filter(p -> p.page().equals(pagePath)).findFirst();
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        pages.forEach(page -> problems.addAll(page.problems()));
        return problems;
    }
}
