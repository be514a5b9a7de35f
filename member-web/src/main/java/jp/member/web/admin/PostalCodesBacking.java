package jp.member.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import jp.member.members.boundary.PostalCodes;
import jp.member.members.boundary.PostalCodesStatus;
import jp.member.members.boundary.PostalImportReport;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;

/**
 * IT replaces the postal-code data with Japan Post's monthly file; the page shows the data in use and the import's
 * report (counts, refused rows by line and reason).
 */
@Named
@RequestScoped
public class PostalCodesBacking {

    @Inject
    PostalCodes postalCodes;

    private Part file;
    private PostalImportReport report;
    private PostalCodesStatus status;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("postal.file.missing");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = postalCodes.importFile(in, file.getSubmittedFileName());
            Messages.info("postal.imported", report.postalCodes(), report.areas(), report.rowsRefused());
        } catch (BusinessException refused) {
            Messages.error(refused);
        } catch (IOException e) {
            Messages.error("postal.file.unreadable");
        }
        status = null;
    }

    public PostalCodesStatus getStatus() {
        if (status == null) {
            status = postalCodes.status();
        }
        return status;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public PostalImportReport getReport() {
        return report;
    }
}
