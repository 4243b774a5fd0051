package com.crampcoach.memory;

import com.crampcoach.CrampCoachHandler;

/**
 * Runs one request through the handler exactly as Lambda builds it (the zero-argument constructor, which
 * reads the process's environment): the request envelope on stdin, the response envelope on stdout.
 * {@link ProductionCredentialsTest} starts it in a JVM of its own, with a Lambda-shaped environment.
 */
public final class LambdaShapedRun {

    private LambdaShapedRun() {
    }

    public static void main(String[] args) throws Exception {
        new CrampCoachHandler().handleRequest(System.in, System.out, null);
        System.out.flush();
    }
}
