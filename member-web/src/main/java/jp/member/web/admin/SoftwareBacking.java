package jp.member.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.member.web.shell.SoftwareInventory;

/** The software page (ADMIN): the application's version and build time, and every component it ships. */
@Named
@RequestScoped
public class SoftwareBacking {

    @Inject
    SoftwareInventory inventory;

    public String getVersion() {
        return inventory.version();
    }

    public String getBuilt() {
        return inventory.built();
    }

    public List<SoftwareInventory.Component> getComponents() {
        return inventory.components();
    }

    public boolean isWithoutBom() {
        return inventory.bom().isEmpty();
    }
}
