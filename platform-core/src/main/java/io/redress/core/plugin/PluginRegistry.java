package io.redress.core.plugin;

import io.redress.plugin.api.ApprovalChain;
import io.redress.plugin.api.ApprovalChainPolicy;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.DecisionRequest;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginFactory;
import io.redress.plugin.api.PluginKind;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The plugins Redress knows, found once with {@link ServiceLoader}, and the only place that calls them.
 */
@ApplicationScoped
public class PluginRegistry {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    private final Map<String, PluginFactory<?>> factories = new ConcurrentHashMap<>();
    private final Map<String, GradingScheme> schemes = new ConcurrentHashMap<>();
    private final Map<String, ApprovalChainPolicy> approvals = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "redress.plugin.timeout.ms", defaultValue = "2000")
    long timeoutMillis;

    @PostConstruct
    void discover() {
        for (PluginFactory<?> factory : ServiceLoader.load(PluginFactory.class, PluginRegistry.class.getClassLoader())) {
            PluginFactory<?> previous = factories.putIfAbsent(factory.id(), factory);
            if (previous != null) {
                LOG.warning(() -> "Two plugins claim the id " + factory.id() + "; keeping " + previous.getClass().getName());
            } else {
                LOG.info(() -> "Plugin " + factory.id() + " " + factory.version() + " (" + factory.kind() + ")");
            }
        }
    }

    public List<PluginFactory<?>> all() {
        return factories.values().stream().sorted(Comparator.comparing(PluginFactory::id)).toList();
    }

    public Optional<PluginFactory<?>> find(String id) {
        return Optional.ofNullable(factories.get(id));
    }

    /** The grading scheme of a plugin id and configuration; instances are immutable, so one serves every call. */
    public GradingScheme gradingScheme(String pluginId, PluginConfig config) {
        return schemes.computeIfAbsent(pluginId + "|" + config, key -> {
            PluginFactory<?> factory = find(pluginId)
                    .filter(f -> f.kind() == PluginKind.GRADING_SCHEME)
                    .orElseThrow(() -> new IllegalStateException("no grading plugin " + pluginId));
            return (GradingScheme) factory.create(config.withDefaults(factory.configSchema()));
        });
    }

    /** An approval-chain plugin for a configuration; instances are immutable, so one serves every call. */
    public ApprovalChainPolicy approvalChainPolicy(String pluginId, PluginConfig config) {
        return approvals.computeIfAbsent(pluginId + "|" + config, key -> {
            PluginFactory<?> factory = find(pluginId)
                    .filter(f -> f.kind() == PluginKind.APPROVAL_CHAIN)
                    .orElseThrow(() -> new IllegalStateException("no approval-chain plugin " + pluginId));
            return (ApprovalChainPolicy) factory.create(config.withDefaults(factory.configSchema()));
        });
    }

    /** The chain a decision needs, within the time limit; a failing plugin answers {@link PluginFaultException}. */
    public ApprovalChain approvalChain(ApprovalChainPolicy policy, DecisionRequest request) {
        Future<ApprovalChain> call = executor.submit(() -> policy.chainFor(request));
        try {
            ApprovalChain chain = call.get(timeoutMillis, TimeUnit.MILLISECONDS);
            if (chain == null) {
                throw new PluginFaultException("the approval-chain plugin returned no chain");
            }
            return chain;
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new PluginFaultException("the approval-chain plugin did not answer within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "approval-chain plugin failed", e.getCause());
            throw new PluginFaultException("the approval-chain plugin failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginFaultException("interrupted while asking the approval-chain plugin");
        }
    }

    /**
     * Grades within the time limit. Whatever goes wrong — an exception, a hang, a grade the scheme does not
     * define — comes back as a fault to record, never as an exception that would lose the complaint.
     */
    public GradingOutcome grade(GradingScheme scheme, ComplaintFacts facts) {
        Future<GradeDecision> call = executor.submit(() -> scheme.grade(facts));
        try {
            GradeDecision decision = call.get(timeoutMillis, TimeUnit.MILLISECONDS);
            if (decision == null) {
                return new GradingOutcome.Faulted("the grading plugin returned no decision");
            }
            boolean known = scheme.grades().stream().anyMatch(g -> g.code().equals(decision.gradeCode()));
            return known ? new GradingOutcome.Graded(decision)
                    : new GradingOutcome.Faulted("the grading plugin returned the unknown grade " + decision.gradeCode());
        } catch (TimeoutException e) {
            call.cancel(true);
            return new GradingOutcome.Faulted("the grading plugin did not answer within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "grading plugin failed", e.getCause());
            return new GradingOutcome.Faulted("the grading plugin failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GradingOutcome.Faulted("interrupted while grading");
        } catch (RuntimeException e) {
            return new GradingOutcome.Faulted("the grading plugin could not be called: " + e);
        }
    }
}
