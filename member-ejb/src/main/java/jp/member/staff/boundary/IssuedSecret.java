package jp.member.staff.boundary;

/**
 * A secret the system generated for someone — a temporary password, an API client secret. It is returned once, to
 * be shown once; only its hash is kept.
 */
public record IssuedSecret(String holder, String secret) {

    @Override
    public String toString() {
        return "IssuedSecret[holder=" + holder + ", secret=***]";
    }
}
