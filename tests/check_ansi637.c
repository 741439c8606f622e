/* placeholder */
#include "testutil.h"
Suite *tu_suite_ansi637(void);
Suite *tu_suite_ansi637(void)
{
	return suite_create("ansi637");
}
