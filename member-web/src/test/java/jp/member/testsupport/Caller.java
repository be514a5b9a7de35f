package jp.member.testsupport;

import java.util.concurrent.Callable;

/** Runs a piece of test code under one role's identity (see the {@code As*} beans). */
public interface Caller {

    <T> T call(Callable<T> action) throws Exception;
}
