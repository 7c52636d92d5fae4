package se.psi.adapters.storage.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import se.psi.core.PsiStorage;

/**
 * PostgreSQL or H2 storage for the whole core: a HikariCP pool, the schema migrated by Flyway on start (unless
 * turned off for DBAs who migrate themselves), and every driven port of the {@link PsiStorage} bundle over it.
 *
 * <pre>{@code
 * try (JdbcStorage storage = JdbcStorage.builder().jdbcUrl("jdbc:postgresql://db/psi").user("psi")
 *     .password(secret).poolSize(10).build()) {
 *   PsiCore core = PsiCore.builder().storage(storage).clock(clock).ids(IdSource.random()).build();
 * }
 * }</pre>
 *
 * <p>A port the host keeps elsewhere replaces the JDBC one with {@code storage.with(myPort)}; it then commits apart
 * from the JDBC transaction, so its contract suite and the host's own consistency rules are the host's to run.
 */
public final class JdbcStorage implements PsiStorage, AutoCloseable {

  /** Where the migrations are on the classpath; separate from a host's own {@code db/migration}. */
  public static final String MIGRATIONS = "classpath:se/psi/adapters/storage/jdbc/migration";

  /** Flyway's history table for these migrations, so they can share a schema with a host's own. */
  public static final String HISTORY_TABLE = "psi_schema_history";

  private final HikariDataSource dataSource;
  private final JdbcUnitOfWork unitOfWork;
  private final JdbcPartnersAdapter partners;
  private final JdbcMembershipApplicationsAdapter applications;
  private final JdbcPartnerContactsAdapter contacts;
  private final JdbcWorkingCommitteesAdapter committees;
  private final JdbcMeetingsAdapter meetings;
  private final JdbcPresentationObligationsAdapter presentations;
  private final JdbcOperationalPlansAdapter plans;
  private final JdbcActivityListsAdapter activityLists;
  private final JdbcDocumentationTemplatesAdapter templates;
  private final JdbcInnovationRecordsAdapter innovations;
  private final JdbcGrantsAdapter grants;
  private final JdbcDelegationsAdapter delegations;
  private final JdbcGrantFollowUpsAdapter grantFollowUps;
  private final JdbcCaseRegistryAdapter caseRegistry;
  private final JdbcIdeasAdapter ideas;
  private final JdbcAdvisoryCasesAdapter advisoryCases;
  private final JdbcFundingCallsAdapter calls;
  private final JdbcThemeInterestsAdapter interests;
  private final JdbcProjectBankAdapter projectBank;
  private final JdbcProjectsAdapter projects;
  private final JdbcRelayLeaseAdapter relayLease;
  private final JdbcProcessedEventsAdapter processedEvents;
  private final JdbcAuditLogAdapter auditLog;
  private final JdbcEventOutboxAdapter outbox;

  private JdbcStorage(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.unitOfWork = new JdbcUnitOfWork(dataSource);
    this.partners = new JdbcPartnersAdapter(unitOfWork);
    this.applications = new JdbcMembershipApplicationsAdapter(unitOfWork);
    this.contacts = new JdbcPartnerContactsAdapter(unitOfWork);
    this.committees = new JdbcWorkingCommitteesAdapter(unitOfWork);
    this.meetings = new JdbcMeetingsAdapter(unitOfWork);
    this.presentations = new JdbcPresentationObligationsAdapter(unitOfWork);
    this.plans = new JdbcOperationalPlansAdapter(unitOfWork);
    this.activityLists = new JdbcActivityListsAdapter(unitOfWork);
    this.templates = new JdbcDocumentationTemplatesAdapter(unitOfWork);
    this.innovations = new JdbcInnovationRecordsAdapter(unitOfWork);
    this.grants = new JdbcGrantsAdapter(unitOfWork);
    this.delegations = new JdbcDelegationsAdapter(unitOfWork);
    this.grantFollowUps = new JdbcGrantFollowUpsAdapter(unitOfWork);
    this.caseRegistry = new JdbcCaseRegistryAdapter(unitOfWork);
    this.ideas = new JdbcIdeasAdapter(unitOfWork);
    this.advisoryCases = new JdbcAdvisoryCasesAdapter(unitOfWork);
    this.calls = new JdbcFundingCallsAdapter(unitOfWork);
    this.interests = new JdbcThemeInterestsAdapter(unitOfWork);
    this.projectBank = new JdbcProjectBankAdapter(unitOfWork);
    this.projects = new JdbcProjectsAdapter(unitOfWork);
    this.relayLease = new JdbcRelayLeaseAdapter(unitOfWork);
    this.processedEvents = new JdbcProcessedEventsAdapter(unitOfWork);
    this.auditLog = new JdbcAuditLogAdapter(unitOfWork);
    this.outbox = new JdbcEventOutboxAdapter(unitOfWork);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Migrates the schema of {@code dataSource} to the newest version; what a DBA runs when migrations are off. */
  public static void migrate(DataSource dataSource, Optional<String> schema) {
    var flyway = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).table(HISTORY_TABLE);
    schema.ifPresent(name -> flyway.schemas(name).defaultSchema(name));
    flyway.load().migrate();
  }

  @Override
  public JdbcPartnersAdapter partners() {
    return partners;
  }

  @Override
  public JdbcMembershipApplicationsAdapter membershipApplications() {
    return applications;
  }

  @Override
  public JdbcPartnerContactsAdapter partnerContacts() {
    return contacts;
  }

  @Override
  public JdbcWorkingCommitteesAdapter workingCommittees() {
    return committees;
  }

  @Override
  public JdbcMeetingsAdapter meetings() {
    return meetings;
  }

  @Override
  public JdbcPresentationObligationsAdapter presentationObligations() {
    return presentations;
  }

  @Override
  public JdbcOperationalPlansAdapter operationalPlans() {
    return plans;
  }

  @Override
  public JdbcActivityListsAdapter activityLists() {
    return activityLists;
  }

  @Override
  public JdbcDocumentationTemplatesAdapter documentationTemplates() {
    return templates;
  }

  @Override
  public JdbcInnovationRecordsAdapter innovationRecords() {
    return innovations;
  }

  @Override
  public JdbcGrantsAdapter grantApplications() {
    return grants;
  }

  @Override
  public JdbcGrantsAdapter grantSchemes() {
    return grants;
  }

  @Override
  public JdbcDelegationsAdapter delegations() {
    return delegations;
  }

  @Override
  public JdbcGrantFollowUpsAdapter grantFollowUps() {
    return grantFollowUps;
  }

  @Override
  public JdbcCaseRegistryAdapter caseRegistry() {
    return caseRegistry;
  }

  @Override
  public JdbcIdeasAdapter ideas() {
    return ideas;
  }

  @Override
  public JdbcAdvisoryCasesAdapter advisoryCases() {
    return advisoryCases;
  }

  @Override
  public JdbcFundingCallsAdapter fundingCalls() {
    return calls;
  }

  @Override
  public JdbcThemeInterestsAdapter themeInterests() {
    return interests;
  }

  @Override
  public JdbcProjectBankAdapter projectBank() {
    return projectBank;
  }

  @Override
  public JdbcProjectsAdapter projects() {
    return projects;
  }

  @Override
  public JdbcUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public JdbcAuditLogAdapter auditLog() {
    return auditLog;
  }

  @Override
  public JdbcEventOutboxAdapter eventOutbox() {
    return outbox;
  }

  /** Grant applications and schemes, one adapter for both. */
  public JdbcGrantsAdapter grants() {
    return grants;
  }

  /** The lease that lets one host at a time relay the outbox. */
  public JdbcRelayLeaseAdapter relayLease() {
    return relayLease;
  }

  /** For consumers: the events already handled, to drop redeliveries (see {@code DuplicateFilter}). */
  public JdbcProcessedEventsAdapter processedEvents() {
    return processedEvents;
  }

  /** The outbox as the reader a relay publishes from; the same adapter as {@link #eventOutbox()}. */
  public JdbcEventOutboxAdapter outbox() {
    return outbox;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /** Connection settings; only the JDBC URL is required. */
  public static final class Builder {

    private String jdbcUrl;
    private String user;
    private String password;
    private int poolSize = 10;
    private boolean migrateOnStart = true;
    private Optional<String> schema = Optional.empty();

    private Builder() {}

    /** E.g. {@code jdbc:postgresql://127.0.0.1:5432/psi} or {@code jdbc:h2:file:./data/psi}. */
    public Builder jdbcUrl(String jdbcUrl) {
      this.jdbcUrl = jdbcUrl;
      return this;
    }

    public Builder user(String user) {
      this.user = user;
      return this;
    }

    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** Maximum pooled connections; default 10. */
    public Builder poolSize(int poolSize) {
      if (poolSize < 1) {
        throw new IllegalArgumentException("poolSize must be at least 1");
      }
      this.poolSize = poolSize;
      return this;
    }

    /** Default true; false when a DBA runs {@link JdbcStorage#migrate} (or the SQL files) separately. */
    public Builder migrateOnStart(boolean migrateOnStart) {
      this.migrateOnStart = migrateOnStart;
      return this;
    }

    /** A schema of its own (created when migrating); default: the connection's default schema. */
    public Builder schema(String schema) {
      this.schema = Optional.of(schema);
      return this;
    }

    /**
     * Reads {@code PSI_JDBC_URL} (else {@code defaultUrl}), {@code PSI_JDBC_USER}, {@code PSI_JDBC_PASSWORD},
     * {@code PSI_JDBC_POOL_SIZE} and {@code PSI_JDBC_MIGRATE} from the environment.
     */
    public Builder fromEnvironment(String defaultUrl) {
      jdbcUrl(Optional.ofNullable(System.getenv("PSI_JDBC_URL")).orElse(defaultUrl));
      Optional.ofNullable(System.getenv("PSI_JDBC_USER")).ifPresent(this::user);
      Optional.ofNullable(System.getenv("PSI_JDBC_PASSWORD")).ifPresent(this::password);
      Optional.ofNullable(System.getenv("PSI_JDBC_POOL_SIZE")).map(Integer::parseInt).ifPresent(this::poolSize);
      Optional.ofNullable(System.getenv("PSI_JDBC_MIGRATE")).map(Boolean::parseBoolean)
          .ifPresent(this::migrateOnStart);
      return this;
    }

    public JdbcStorage build() {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
      config.setUsername(user);
      config.setPassword(password);
      config.setMaximumPoolSize(poolSize);
      config.setPoolName("psi");
      schema.ifPresent(config::setSchema);
      HikariDataSource dataSource = new HikariDataSource(config);
      try {
        if (migrateOnStart) {
          migrate(dataSource, schema);
        }
        return new JdbcStorage(dataSource);
      } catch (RuntimeException failure) {
        dataSource.close();
        throw failure;
      }
    }
  }
}
