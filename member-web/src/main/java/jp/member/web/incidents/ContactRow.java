package jp.member.web.incidents;

import java.io.Serializable;
import jp.member.incidents.boundary.ProcedureView.Contact;

/** One row of the emergency contact list as the officer edits it. */
public class ContactRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String role;
    private String phone;
    private String hours;

    static ContactRow of(Contact c) {
        ContactRow row = new ContactRow();
        row.name = c.name();
        row.role = c.role();
        row.phone = c.phone();
        row.hours = c.hours();
        return row;
    }

    Contact toContact() {
        return new Contact(strip(name), strip(role), strip(phone), strip(hours));
    }

    /** A row nothing was typed in: left out rather than refused. */
    boolean isBlank() {
        return strip(name) == null && strip(role) == null && strip(phone) == null && strip(hours) == null;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }
}
