package jp.member.web.members;

import java.io.Serializable;
import jp.member.members.boundary.MemberInput;

/** The contact fields of a form: address, phone, e-mail. */
public class ContactInputs implements Serializable {

    private static final long serialVersionUID = 1L;

    private String postalCode;
    private String prefecture;
    private String city;
    private String street;
    private String building;
    private String phone;
    private String email;

    public MemberInput toInput() {
        return MemberInput.contact(postalCode, prefecture, city, street, building, phone, email);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getBuilding() {
        return building;
    }

    public void setBuilding(String building) {
        this.building = building;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
