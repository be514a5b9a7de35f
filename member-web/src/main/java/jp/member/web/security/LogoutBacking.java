package jp.member.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import jp.member.staff.boundary.StaffAuthentication;

/** Signing out: recorded, then the server session is ended (a POST, so no page can sign someone out by a link). */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    StaffAuthentication staff;

    @Inject
    ClientAddress addresses;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        staff.signedOut(addresses.of(request));
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + WebPaths.LOGIN + "?signedOut=1");
    }
}
