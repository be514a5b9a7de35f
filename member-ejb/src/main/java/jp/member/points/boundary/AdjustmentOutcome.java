package jp.member.points.boundary;

/** An adjustment was applied at once (entryId), or waits for a manager (requestId). */
public record AdjustmentOutcome(Long entryId, Long requestId) {

    public boolean pending() {
        return requestId != null;
    }
}
