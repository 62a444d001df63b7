package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import lodestone.app.resource.Arguments;
import lodestone.app.resource.Param;
import lodestone.app.resource.Resource;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.resolve.Resolved;
import lodestone.store.reference.ReferenceData;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command built from declared parameters ({@link Param}: a positional argument, or an option {@code --name}) and a
 * body. The questions of {@link lodestone.app.resource.Resources} become commands that ask their query and render the
 * answer; the other commands ({@link Actions}) run their own body.
 */
final class DeclaredCommand implements Callable<Integer> {
    /** What a command does with the values given. */
    @FunctionalInterface
    interface Body {
        /**
         * @param command the command: its output, its store options
         * @param given the values of its parameters
         * @return the exit code
         */
        int run(DeclaredCommand command, Given given);
    }

    /** The values given on the command line, by parameter name; null where a parameter was not given. */
    interface Given extends Arguments {
        /**
         * @param name a parameter's name
         * @param type the type its {@link Param.Type} converts to
         * @param <T> that type
         * @return the value given, or null (false for a flag not given)
         */
        <T> @Nullable T get(String name, Class<T> type);
    }

    private final Body body;
    private final @Nullable StoreOptions store;
    private final Map<String, ArgSpec> arguments = new LinkedHashMap<>();
    private final List<Param> params = new ArrayList<>();

    @SuppressWarnings("NullAway.Init") // set by of(...) right after construction, before picocli can run the command
    private CommandSpec spec;

    private DeclaredCommand(Body body, @Nullable StoreOptions store) {
        this.body = body;
        this.store = store;
    }

    /**
     * @param resource a question
     * @return its command: it asks the query and renders the answer
     */
    static CommandLine of(Resource resource) {
        return of(resource.command(), resource.description(), resource.params(), true, (command, given) -> {
            Query<?> query = resource.query().apply(given);
            List<Resolved> named = resolveNamed(resource, given, command.store().reference());
            Object result = query.answer(command.store().context());
            if (command.store().format == OutputFormat.TABLE) {
                named.stream()
                        .filter(r -> !r.exact())
                        .forEach(r -> command.err().println(r.line()));
                command.err().flush();
            }
            Output.render(command.out(), command.store(), result, TextForms::print);
            return 0;
        });
    }

    /**
     * @param name the command's name
     * @param description what it does
     * @param params its parameters
     * @param store true if it takes the database and format options
     * @param body what it does
     * @return the command
     */
    static CommandLine of(String name, String description, List<Param> params, boolean store, Body body) {
        DeclaredCommand command = new DeclaredCommand(body, store ? new StoreOptions() : null);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.mixinStandardHelpOptions(true);
        // The command list shows the first line only: the first sentence; the help shows the rest below it.
        int end = description.indexOf(". ");
        spec.usageMessage()
                .description(
                        end < 0
                                ? new String[] {help(description)}
                                : new String[] {
                                    help(description.substring(0, end + 1)), help(description.substring(end + 2))
                                });
        if (store) {
            spec.addMixin("store", CommandSpec.forAnnotatedObject(command.store));
        }
        for (Param p : params) {
            String text = help(p.description()
                    + (p.allowed().isEmpty() ? "" : ": " + String.join(", ", p.allowed()))
                    + "."
                    + (p.formats().isEmpty()
                            ? ""
                            : " Format " + String.join(" or ", p.formats()) + " only: " + p.elsewhere()));
            ArgSpec arg;
            if (p.positional()) {
                PositionalParamSpec positional = PositionalParamSpec.builder()
                        .paramLabel(p.label())
                        .arity(p.required() ? "1" : "0..1")
                        .required(p.required())
                        .type(String.class)
                        .description(text)
                        .build();
                spec.addPositional(positional);
                arg = positional;
            } else {
                OptionSpec.Builder builder = OptionSpec.builder("--" + p.name())
                        .paramLabel(p.label())
                        .arity(p.type() == Param.Type.FLAG ? "0" : "1")
                        .type(type(p.type()))
                        .description(text);
                if (p.type() == Param.Type.LIST) {
                    builder.auxiliaryTypes(String.class).initialValue(new ArrayList<String>());
                }
                OptionSpec option = builder.build();
                spec.addOption(option);
                arg = option;
            }
            command.arguments.put(p.name(), arg);
            command.params.add(p);
        }
        command.spec = spec;
        return new CommandLine(spec);
    }

    /**
     * Resolves the mineral or country a question names in its positional argument against the reference data, which
     * needs no database: an unknown name fails with the query's own message (and suggestions) before the knowledge
     * base is opened and read, in a fraction of the time. A name found here is resolved again by the query.
     *
     * @param resource the question
     * @param given the values given
     * @param reference the bundled catalogue and country registry
     * @return how each name resolved, with its basis (printed above a table unless the id was given exactly)
     * @throws lodestone.report.QueryException if the name denotes nothing or several
     */
    private static List<Resolved> resolveNamed(Resource resource, Given given, ReferenceData reference) {
        List<Resolved> resolved = new ArrayList<>();
        for (Param p : resource.params()) {
            String text = p.positional() ? given.text(p.name()) : null;
            if (text == null) {
                continue;
            }
            switch (p.name()) {
                case "mineral" -> resolved.add(Lookup.resolvedMineral(reference.minerals(), text, p.name()));
                case "country" -> resolved.add(Lookup.resolvedCountry(reference.countries(), text, p.name()));
                default -> {}
            }
        }
        return resolved;
    }

    /** @return the text as picocli's help prints it: a percent sign is a format character there, so it is doubled */
    private static String help(String text) {
        return text.replace("%", "%%");
    }

    private static Class<?> type(Param.Type type) {
        return switch (type) {
            case TEXT -> String.class;
            case INTEGER -> Integer.class;
            case DATE -> LocalDate.class;
            case DECIMAL -> Double.class;
            case LONG -> Long.class;
            case FLAG -> boolean.class;
            case LIST -> List.class;
        };
    }

    /**
     * @return the database and format options
     * @throws NullPointerException if the command takes none (declared with {@code store} false)
     */
    StoreOptions store() {
        return Objects.requireNonNull(store, "the command takes no database and format options");
    }

    /** @return standard output */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return standard error */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() {
        Given given = given();
        if (store != null) {
            String format = store.format.name().toLowerCase(java.util.Locale.ROOT);
            for (Param p : params) {
                Object value = Objects.requireNonNull(arguments.get(p.name()), p.name())
                        .getValue();

                boolean set = value instanceof Boolean flag
                        ? flag
                        : value instanceof List<?> list ? !list.isEmpty() : value != null;
                if (set && !p.shownIn(format)) {
                    throw new UsageException(p.unusedIn(format));
                }
            }
        }
        return body.run(this, given);
    }

    private Given given() {
        return new Given() {
            @Override
            public <T> @Nullable T get(String name, Class<T> type) {
                ArgSpec arg = arguments.get(name);
                if (arg == null) {
                    throw new IllegalStateException(
                            "the command " + spec.name() + " declares no parameter " + name + ".");
                }
                Object value = arg.getValue();
                return type == Boolean.class ? type.cast(Boolean.TRUE.equals(value)) : type.cast(value);
            }

            @Override
            public @Nullable String text(String name) {
                return get(name, String.class);
            }

            @Override
            public @Nullable Integer integer(String name) {
                return get(name, Integer.class);
            }

            @Override
            public @Nullable LocalDate date(String name) {
                return get(name, LocalDate.class);
            }

            @Override
            public List<String> texts(String name) {
                List<?> values = get(name, List.class);
                return values == null
                        ? List.of()
                        : values.stream().map(String::valueOf).toList();
            }

            @Override
            public boolean flag(String name) {
                return Boolean.TRUE.equals(get(name, Boolean.class));
            }
        };
    }
}
