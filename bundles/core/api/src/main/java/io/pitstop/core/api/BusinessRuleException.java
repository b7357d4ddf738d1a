package io.pitstop.core.api;

/**
 * Well-formed input that a business rule refuses: a debit past the credit
 * limit, a posting to a closed account. Maps to HTTP 422.
 */
public class BusinessRuleException extends PitstopException {
    private static final long serialVersionUID = 1L;
    private final String rule;

    public BusinessRuleException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String type() {
        return rule;
    }

    @Override
    public String title() {
        return "Refused by a business rule";
    }
}
