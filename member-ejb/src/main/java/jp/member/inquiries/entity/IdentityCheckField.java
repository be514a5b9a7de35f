package jp.member.inquiries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.member.members.entity.PersonalField;

/** One field the identity check (本人確認) reveals; the set is ADMIN's to change. */
@Entity
@Table(name = "identity_check_field")
public class IdentityCheckField {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private PersonalField field;

    protected IdentityCheckField() {}

    public IdentityCheckField(PersonalField field) {
        this.field = field;
    }

    public PersonalField getField() {
        return field;
    }
}
