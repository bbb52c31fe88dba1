package org.coprod.core.scoring;

/** How the questions behind one score were answered. "Applicable" leaves out the "not applicable" answers. */
public record Counts(int questions, int answered, int notApplicable, int dontKnow, int unanswered) {
    public int applicable() {
        return questions - notApplicable;
    }

    public double answeredFraction() {
        return applicable() == 0 ? 0 : (double) answered / applicable();
    }
}
