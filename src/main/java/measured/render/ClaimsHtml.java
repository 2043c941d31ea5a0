package measured.render;

import measured.verify.ClaimResult;
import measured.verify.ClaimState;

import java.util.List;

/**
 * The claims the build checked on a result, shown beside its output: one {@code <li class="claim">} per
 * {@code check=} and per {@code require=} clause, with what was claimed, what this run measured, the bound on
 * the machine that measured it, and the state in words and in {@code data-claim-state} (held, failed,
 * not-applicable, busy) — so a reader, or a screen reader, sees what was verified without reading icons.
 */
public final class ClaimsHtml {

    private ClaimsHtml() {
    }

    public static String render(List<ClaimResult> claims) {
        if (claims.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul class=\"claims\" aria-label=\"Claims the build checked on this run\">");
        for (ClaimResult claim : claims) {
            html.append("<li class=\"claim\" data-claim-state=\"").append(claim.state().word()).append("\">")
                    .append("<span class=\"claim-state\">").append(stateWords(claim.state())).append("</span> ")
                    .append("<code class=\"claim-text\">").append(HtmlEscape.text(claim.claim())).append("</code>")
                    .append(details(claim)).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String details(ClaimResult claim) {
        StringBuilder text = new StringBuilder();
        if (claim.numeric()) {
            text.append("measured ").append(claim.measured());
            if (!claim.scaledBound().isEmpty()) {
                text.append(", needs ").append(claim.scaledBound()).append(" on this machine");
            }
        } else {
            text.append(claim.state() == ClaimState.HELD ? "matched: " : "").append(claim.measured());
        }
        if (!claim.note().isEmpty()) {
            text.append(" (").append(claim.note()).append(')');
        }
        return " <span class=\"claim-measured\">" + HtmlEscape.text(text.toString()) + "</span>";
    }

    private static String stateWords(ClaimState state) {
        return switch (state) {
            case HELD -> "held";
            case FAILED -> "failed";
            case NOT_APPLICABLE -> "not checked";
            case BUSY -> "not checked, machine busy";
        };
    }
}
