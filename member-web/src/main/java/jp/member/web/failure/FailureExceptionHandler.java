package jp.member.web.failure;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;

/**
 * Takes every exception Faces queues — from actions, phase listeners (PrimeFaces' CSP check), view restoration —
 * and answers it through {@link Failures}: the same neutral page and incident id for a full request and an Ajax one,
 * where Faces itself would put the exception's class name into the partial response and log its stack trace and
 * message.
 */
public class FailureExceptionHandler extends ExceptionHandlerWrapper {

    public FailureExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> queued =
                getUnhandledExceptionQueuedEvents().iterator();
        boolean answered = false;
        while (queued.hasNext()) {
            Throwable exception = queued.next().getContext().getException();
            queued.remove();
            if (!answered && faces != null) {
                answer(faces, exception);
                answered = true;
            }
        }
        super.handle();
    }

    private static void answer(FacesContext faces, Throwable exception) {
        ExternalContext external = faces.getExternalContext();
        try {
            Failures.respond(
                    (HttpServletRequest) external.getRequest(),
                    (HttpServletResponse) external.getResponse(),
                    exception);
        } catch (IOException | ServletException e) {
            throw new FacesException("the error page could not be shown");
        } finally {
            faces.responseComplete();
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FailureExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
