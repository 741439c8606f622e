# Builds asn1c output (generated at build time) into one static archive.  Called by the
# top-level Makefile with DIR (the generated .c files), LIB (the archive), CC, AR and
# GEN_CFLAGS set; the list of sources is only known after generation, hence this
# separate makefile.  Used for $(GEN)/c (MAP, CAP, TCAP and the support files) and for
# $(GEN)/rrc (TS 25.331).
SRCS := $(sort $(wildcard $(DIR)/*.c))
OBJS := $(SRCS:.c=.o)

$(LIB): $(OBJS)
	@rm -f $@
	$(AR) rcs $@ $(OBJS)

$(DIR)/%.o: $(DIR)/%.c
	@$(CC) $(GEN_CFLAGS) -I$(DIR) -c $< -o $@
