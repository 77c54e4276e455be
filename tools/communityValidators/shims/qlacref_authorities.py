# Stand-in for the community 903 validator's local authority reference package (not on Debian):
# an empty list, so its postcode-derived fields are blank and the rules that read them are
# reported by compare.ts as "needs postcode reference data", not compared.
# One row naming no authority: the validator reads these two columns.
records = [{"LTLA21CD": "", "UTLA21CD": "", "LTLA21NM": "", "UTLA21NM": ""}]
