/* tcapkit unit tests (Check): one suite per area; the robustness suite runs as
 * tests/check_robust (check_robust_main.c). */
#include <stdlib.h>

#include "testutil.h"

int main(void)
{
	SRunner *sr = srunner_create(tu_suite_tcap());
	int failed;

	srunner_add_suite(sr, tu_suite_registry());
	srunner_add_suite(sr, tu_suite_cap());
	srunner_add_suite(sr, tu_suite_map());
	srunner_add_suite(sr, tu_suite_transport());
	srunner_add_suite(sr, tu_suite_ss7());
	srunner_add_suite(sr, tu_suite_trace());
	srunner_add_suite(sr, tu_suite_inner());
	srunner_add_suite(sr, tu_suite_sms());
	srunner_add_suite(sr, tu_suite_qos());
	srunner_add_suite(sr, tu_suite_signal());
	srunner_add_suite(sr, tu_suite_codes());
	srunner_add_suite(sr, tu_suite_lcs());
	srunner_add_suite(sr, tu_suite_bssap());
	srunner_add_suite(sr, tu_suite_dtap());
	srunner_add_suite(sr, tu_suite_gmm());
	srunner_add_suite(sr, tu_suite_ranap());
	srunner_add_suite(sr, tu_suite_subscriber());
	srunner_add_suite(sr, tu_suite_mdt());
	srunner_add_suite(sr, tu_suite_rrc());
	srunner_add_suite(sr, tu_suite_lte_rrc());
	srunner_add_suite(sr, tu_suite_nr_rrc());
	srunner_add_suite(sr, tu_suite_s1ap());
	srunner_add_suite(sr, tu_suite_ngap());
	srunner_add_suite(sr, tu_suite_eps_nas());
	srunner_add_suite(sr, tu_suite_nas5gs());
	srunner_add_suite(sr, tu_suite_nas_fields());
	srunner_add_suite(sr, tu_suite_nas5g17());
	srunner_add_suite(sr, tu_suite_rlcmac());
	srunner_add_suite(sr, tu_suite_lpp());
	srunner_add_suite(sr, tu_suite_ss());
	srunner_add_suite(sr, tu_suite_csn1());
	srunner_add_suite(sr, tu_suite_freq());
	srunner_add_suite(sr, tu_suite_lcs_apdu());
	srunner_add_suite(sr, tu_suite_ansi41());
	srunner_add_suite(sr, tu_suite_ansi683());
	srunner_add_suite(sr, tu_suite_ansi637());
	srunner_add_suite(sr, tu_suite_ue_policy());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
