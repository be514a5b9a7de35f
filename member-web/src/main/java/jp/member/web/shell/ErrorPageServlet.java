package jp.member.web.shell;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The page every failure ends on, in Japanese and English. It is a plain servlet, not a Faces page, so that it
 * renders whatever broke (Faces itself included), and it shows no stack trace, class name, SQL or input. An
 * expired or forged form post is the sender's fault and answered 400; anything unexpected gets an incident id that
 * the server log shares — with the exception's class, never its message, which could carry input.
 */
@WebServlet(name = "ErrorPage", urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : HttpServletResponse.SC_NOT_FOUND;
        String ja;
        String en;
        if (failure != null && isStaleOrForgedPost(failure)) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            ja = "画面の有効期限が切れたか、送信内容が正しくありません。画面を開き直してもう一度操作してください。";
            en = "This page has expired or the form was not sent from it. Open the page again and retry.";
        } else if (status == HttpServletResponse.SC_NOT_FOUND) {
            ja = "お探しのページは見つかりません。";
            en = "The page you asked for does not exist.";
        } else if (status == HttpServletResponse.SC_FORBIDDEN) {
            ja = "このページを表示する権限がありません。";
            en = "You are not allowed to see this page.";
        } else if (status < 500) {
            ja = "リクエストを処理できませんでした。";
            en = "The request could not be processed.";
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.severe(() -> "Incident " + incident + " at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    + ": "
                    + (failure == null ? "status " + code : failure.getClass().getName()));
            ja = "処理を完了できませんでした。解決しない場合は管理者に連絡してください (問い合わせ番号 " + incident + ")。";
            en = "This could not be completed. If it persists, contact an administrator (incident " + incident + ").";
        }
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>エラー / Error</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3rem\"><h1>エラー / Error</h1>"
                + "<p id=\"error-message\">" + ja + "</p><p lang=\"en\" id=\"error-message-en\">" + en + "</p>"
                + "<p><a id=\"back\" href=\"" + request.getContextPath() + "/\">ホームへ戻る / Home</a></p></body></html>");
    }

    private static boolean isStaleOrForgedPost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t.getClass().getName().equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }
}
