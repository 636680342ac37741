"""Second validation set: fictional résumés in styles the first set (tests/validation) does not cover."""
