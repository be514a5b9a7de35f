package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import jp.member.points.rules.PointsChange;

/** How many points an entry took from (negative) or gave to (positive) one lot. Append-only. */
@Entity
@Table(name = "lot_movement")
@IdClass(LotMovement.Key.class)
public class LotMovement {

    @Id
    @Column(name = "entry_id")
    private long entryId;

    @Id
    @Column(name = "lot_id")
    private long lotId;

    @Convert(converter = PointsChangeConverter.class)
    @Column(nullable = false, updatable = false)
    private PointsChange points;

    protected LotMovement() {}

    public LotMovement(long entryId, long lotId, PointsChange points) {
        this.entryId = entryId;
        this.lotId = lotId;
        this.points = points;
    }

    public long getEntryId() {
        return entryId;
    }

    public long getLotId() {
        return lotId;
    }

    public PointsChange getPoints() {
        return points;
    }

    /** Composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long entryId;
        private long lotId;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.entryId == entryId && k.lotId == lotId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(entryId) * 31 + Long.hashCode(lotId);
        }
    }
}
