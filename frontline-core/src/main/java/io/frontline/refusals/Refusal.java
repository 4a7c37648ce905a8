package io.frontline.refusals;

import io.frontline.observations.Finding;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request refused for a reason its caller can act on, of one {@link Kind}. Every layer throws it; each adapter maps
 * the kind in one place (the command line to an exit code, the HTTP API to a status), so a refusal means the same
 * everywhere.
 *
 * <p>Messages name the request's parameters as {@code ${name}} ("${to} must be after ${from}"); {@link #detail} writes them
 * in an adapter's style ({@code --to} on the command line, {@code to} in the API), and {@link #getMessage} bare.
 * {@code findings} lists what an import or a validation found, each with its code and location.
 */
public class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Pattern NAME = Pattern.compile("\\$\\{([a-z_.]+)}");

  /** What kind of refusal; adapters map each to their own code. */
  public enum Kind {
    /** A bad parameter or value: the request itself is wrong. */
    BAD_INPUT,
    /** Something named does not exist: a file, an actor, a place, an observation, a record at that time. */
    NOT_FOUND,
    /** Input data failed validation; nothing was written. {@link #findings} says why. */
    REJECTED,
    /** The request contradicts the stored state: a retracted observation, an edit of a superseded version. */
    CONFLICT,
    /** The store cannot be opened, read or written. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final String template;
  private final String parameter;
  private final transient List<Finding> findings;
  private final transient Object report;

  protected Refusal(
      Kind kind,
      String template,
      String parameter,
      List<Finding> findings,
      Object report,
      Throwable cause) {
    super(render(template, UnaryOperator.identity()), cause);
    this.kind = kind;
    this.template = template;
    this.parameter = parameter;
    this.findings = List.copyOf(findings);
    this.report = report;
  }

  public static Refusal badInput(String parameter, String template) {
    return new Refusal(Kind.BAD_INPUT, template, parameter, List.of(), null, null);
  }

  public static Refusal notFound(String template) {
    return new Refusal(Kind.NOT_FOUND, template, null, List.of(), null, null);
  }

  /** Input refused with what was found; {@code report} (an import's report, or null) travels to the caller. */
  public static Refusal rejected(String template, List<Finding> findings, Object report) {
    return new Refusal(Kind.REJECTED, template, null, findings, report, null);
  }

  public static Refusal conflict(String template) {
    return new Refusal(Kind.CONFLICT, template, null, List.of(), null, null);
  }

  public static Refusal unavailable(String template, Throwable cause) {
    return new Refusal(Kind.UNAVAILABLE, template, null, List.of(), null, cause);
  }

  public Kind kind() {
    return kind;
  }

  /** The parameter at fault for a {@link Kind#BAD_INPUT}, if one is. */
  public Optional<String> parameter() {
    return Optional.ofNullable(parameter);
  }

  public List<Finding> findings() {
    return findings;
  }

  /** What travels with the refusal to the caller (an import report), if anything. */
  public Optional<Object> report() {
    return Optional.ofNullable(report);
  }

  /** The message with each {@code ${name}} written by {@code style} (e.g. {@code n -> "--" + n}). */
  public String detail(UnaryOperator<String> style) {
    return render(template, style);
  }

  private static String render(String template, UnaryOperator<String> style) {
    Matcher m = NAME.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(style.apply(m.group(1))));
    }
    return m.appendTail(out).toString();
  }
}
