# Builds the asn1c output (generated at build time into $(GEN)/c) into one static archive.
# Called by the top-level Makefile with GEN, CC, AR and GEN_CFLAGS set; the list of
# sources is only known after generation, hence this separate makefile.
SRCS := $(sort $(wildcard $(GEN)/c/*.c))
OBJS := $(SRCS:.c=.o)

$(GEN)/libtkasn1.a: $(OBJS)
	@rm -f $@
	$(AR) rcs $@ $(OBJS)

$(GEN)/c/%.o: $(GEN)/c/%.c
	@$(CC) $(GEN_CFLAGS) -I$(GEN)/c -c $< -o $@
