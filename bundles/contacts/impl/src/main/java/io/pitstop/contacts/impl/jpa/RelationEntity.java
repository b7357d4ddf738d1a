package io.pitstop.contacts.impl.jpa;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One row of {@code contact_relation}: {@code from} stands in {@code type} to {@code to}. */
@Entity
@Table(name = "contact_relation")
public class RelationEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "from_id", nullable = false)
    private String fromId;
    @Column(name = "relation_type", nullable = false)
    private String type;
    @Column(name = "to_id", nullable = false)
    private String toId;
    @Column(name = "job_title")
    private String jobTitle;
    @Column(name = "created_at", nullable = false)
    private Timestamp createdAt;

    public RelationEntity() {
    }

    public RelationEntity(String id, String fromId, String type, String toId, String jobTitle, Timestamp createdAt) {
        this.id = id;
        this.fromId = fromId;
        this.type = type;
        this.toId = toId;
        this.jobTitle = jobTitle;
        this.createdAt = createdAt;
    }

    /** Re-points the relation (a merge moves it from the contact merged away to the one kept). */
    public void setEnds(String fromId, String toId) {
        this.fromId = fromId;
        this.toId = toId;
    }

    public String getId() {
        return id;
    }

    public String getFromId() {
        return fromId;
    }

    public String getType() {
        return type;
    }

    public String getToId() {
        return toId;
    }

    public String getJobTitle() {
        return jobTitle;
    }
}
