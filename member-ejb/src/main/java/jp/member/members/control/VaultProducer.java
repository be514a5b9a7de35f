package jp.member.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jp.member.security.crypto.DataProtection;

/** The personal-data vault for beans to inject, sealing with the application's keys ({@link DataProtection}). */
@ApplicationScoped
public class VaultProducer {

    @Inject
    DataProtection protection;

    @Produces
    PersonalDataVault vault() {
        return new PersonalDataVault(protection.cipher(), protection.index());
    }
}
