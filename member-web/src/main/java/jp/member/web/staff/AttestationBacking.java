package jp.member.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.member.staff.boundary.StaffAdministration;
import jp.member.staff.boundary.StaffSummary;
import jp.member.web.shell.Messages;

/** The administrator records a staff member's signed agreement and training (the dialog on the staff page). */
@Named
@ViewScoped
public class AttestationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAdministration administration;

    @Inject
    StaffAdminBacking staffPage;

    private StaffSummary account;
    private LocalDate agreementSignedOn;
    private LocalDate trainedOn;

    public void start(StaffSummary staff) {
        account = staff;
        agreementSignedOn = staff.agreementSignedOn();
        trainedOn = staff.trainedOn();
    }

    public void record() {
        if (Messages.attemptInDialog(
                () -> administration.recordAttestation(account.id(), agreementSignedOn, trainedOn),
                "staff.attestation.recorded")) {
            staffPage.load();
        }
    }

    public StaffSummary getAccount() {
        return account;
    }

    public LocalDate getAgreementSignedOn() {
        return agreementSignedOn;
    }

    public void setAgreementSignedOn(LocalDate agreementSignedOn) {
        this.agreementSignedOn = agreementSignedOn;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public void setTrainedOn(LocalDate trainedOn) {
        this.trainedOn = trainedOn;
    }
}
