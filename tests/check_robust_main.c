/*
 * The robustness suite (check_robust.c) as a program of its own: it is the longest of the
 * unit tests (every truncation and every single-byte corruption of every golden message), so
 * `make -j2 check` runs it beside check_tcapkit instead of after the other suites.
 */
#include <stdlib.h>

#include "testutil.h"

int main(void)
{
	SRunner *sr = srunner_create(tu_suite_robust());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
