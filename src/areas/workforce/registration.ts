// A social worker's registration with Social Work England, the regulator: the number the DfE's
// returns name them by (the 903's SW_ID), held to the shape of migration 0134's check.

/** A Social Work England registration number: SW and its digits (rule SW02STG1: SW_ID begins SW). */
export const sweRegistrationNumberPattern = /^SW[0-9]{1,10}$/;
