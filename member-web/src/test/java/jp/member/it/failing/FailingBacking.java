package jp.member.it.failing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Test deployment only: a page whose action fails unexpectedly, with a canary value in the exception's message. */
@Named
@RequestScoped
public class FailingBacking {

    public static final String CANARY = "カナリア-page-090-5555-0202";

    public void fail() {
        throw new IllegalStateException("could not show " + CANARY);
    }
}
