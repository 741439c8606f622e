/*
 * EPS NAS (3GPP TS 24.301 V17) values carried inside LTE RRC containers; see eps_nas.h.
 */
#include "eps_nas.h"

#include "inner.h"
#include "names.h"

/* 9.9.3.23 NAS security algorithms: type of ciphering algorithm (bits 7-5) */
static const struct tk_value_string eea_names[] = {
	{ 0, "EPS encryption algorithm EEA0 (null ciphering algorithm)" },
	{ 1, "EPS encryption algorithm 128-EEA1" },
	{ 2, "EPS encryption algorithm 128-EEA2" },
	{ 3, "EPS encryption algorithm 128-EEA3" },
	{ 4, "EPS encryption algorithm EEA4" },
	{ 5, "EPS encryption algorithm EEA5" },
	{ 6, "EPS encryption algorithm EEA6" },
	{ 7, "EPS encryption algorithm EEA7" },
	{ 0, NULL }
};

/* ... and type of integrity protection algorithm (bits 3-1) */
static const struct tk_value_string eia_names[] = {
	{ 0, "EPS integrity algorithm EIA0 (null integrity protection algorithm)" },
	{ 1, "EPS integrity algorithm 128-EIA1" },
	{ 2, "EPS integrity algorithm 128-EIA2" },
	{ 3, "EPS integrity algorithm 128-EIA3" },
	{ 4, "EPS integrity algorithm EIA4" },
	{ 5, "EPS integrity algorithm EIA5" },
	{ 6, "EPS integrity algorithm EIA6" },
	{ 7, "EPS integrity algorithm EIA7" },
	{ 0, NULL }
};

/* 9.9.3.21 NAS key set identifier: TSC (bit 4) */
static const struct tk_value_string tsc_names[] = {
	{ 0, "native security context (for KSIASME or KSIAMF)" },
	{ 1, "mapped security context (for KSISGSN or KSIAMF)" },
	{ 0, NULL }
};

void tk_emit_nas_security_params_to_eutra(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* short octets are reported once; what they hold is still decoded */
	tk_inner_need(&er, n, 6, "NAS security parameters to E-UTRA");
	/* octets 1-4: the NonceMME, coded as the 9.9.3.25 Nonce value */
	if (n >= 4)
		tk_emit_kv_hex(e, "nonceMme", p, 4);
	/* octet 5: spare, ciphering algorithm, spare, integrity algorithm (9.9.3.23) */
	if (n >= 5) {
		tk_emit_kv_long(e, "cipheringAlgorithmValue", (p[4] >> 4) & 7);
		tk_inner_emit_name(e, "cipheringAlgorithm", eea_names, NULL, "unknown",
				   (p[4] >> 4) & 7);
		tk_emit_kv_long(e, "integrityProtectionAlgorithmValue", p[4] & 7);
		tk_inner_emit_name(e, "integrityProtectionAlgorithm", eia_names, NULL,
				   "unknown", p[4] & 7);
	}
	/* octet 6: spare, TSC and NAS key set identifier as in 9.9.3.21 */
	if (n >= 6) {
		tk_inner_emit_name(e, "typeOfSecurityContext", tsc_names, NULL, "unknown",
				   (p[5] >> 3) & 1);
		if ((p[5] & 7) == 7)
			tk_emit_kv_str(e, "nasKeySetIdentifier",
				       "no key is available (UE to network); reserved "
				       "(network to UE)");
		else
			tk_emit_kv_long(e, "nasKeySetIdentifier", p[5] & 7);
	}
	tk_inner_extra(&er, n, 6, "NAS security parameters to E-UTRA");
	tk_inner_finish(e, p, n, &er);
}

void tk_emit_nas_security_params_from_eutra(struct tk_emitter *e, const uint8_t *p, size_t n)
{
	struct tk_inner_err er;

	n = tk_inner_start(e, &er, p, n);
	/* bits 8-5 spare; bits 4-1 the 4 least significant bits of the downlink NAS COUNT */
	if (tk_inner_fixed(&er, n, 1, "NAS security parameters from E-UTRA"))
		tk_emit_kv_long(e, "dlNasCountShort", p[0] & 0x0f);
	tk_inner_finish(e, p, n, &er);
}
