package dev.ddbchanges.app.redrive;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Records the key of every PUT the command's client sends, and can act once just before the first of them. */
final class RecordingInterceptor implements ExecutionInterceptor {
    private final List<String> puts = new ArrayList<>();
    private Runnable beforeFirstPut = () -> {};

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof PutObjectRequest put) {
            Runnable once = beforeFirstPut;
            beforeFirstPut = () -> {};
            once.run();
            puts.add(put.key());
        }
    }

    List<String> puts() {
        return List.copyOf(puts);
    }

    void clear() {
        puts.clear();
    }

    void beforeFirstPut(Runnable action) {
        beforeFirstPut = action;
    }
}
