package jp.member.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import jp.member.members.boundary.ImportReport;
import jp.member.members.boundary.MemberImport;
import jp.member.web.shell.Messages;

/** IT uploads the CSV exported from the old system; the page shows the report (never the rejected values). */
@Named
@RequestScoped
public class MemberImportBacking {

    @Inject
    MemberImport memberImport;

    private Part file;
    private ImportReport report;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("import.file.missing");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = memberImport.importCsv(in);
            Messages.info("import.done", report.imported(), report.rejected());
        } catch (IOException e) {
            Messages.error("import.file.unreadable");
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
