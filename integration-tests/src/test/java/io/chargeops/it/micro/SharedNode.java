package io.chargeops.it.micro;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes one node booted once per test run (booting costs ~15 s), stopped when the run ends.
 * Tests that restart or break a node make their own {@link MicroNode} instead.
 */
public class SharedNode implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MicroNode.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedNode.class, key -> new Running(new MicroNode("shared")
                        // the console tests sign in by QR through the sandbox provider (off by default)
                        .withEnv("CHARGEOPS_CONSOLE_QR_LOGIN_SANDBOX", "true").start()), Running.class)
                .node();
    }

    private record Running(MicroNode node) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            node.stop();
        }
    }
}
