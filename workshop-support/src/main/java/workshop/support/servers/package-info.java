/**
 * Real Redis and Memcached servers for tests and demos: {@link workshop.support.servers.Servers} is the way in.
 *
 * <p>The files, by job (15 public types, what lessons use; 22 package-private, how it is done):
 * <ul>
 *   <li>what a lesson uses: {@code Servers}, {@code RealServer}, {@code RedisServer}, {@code MemcachedServer},
 *       {@code RedisCluster}, {@code RedisConfig}, {@code MemcachedConfig}, {@code ServerAddress}, {@code ServerKind},
 *       {@code ServerSnapshot}, and the two exceptions {@code ServerUnavailableException},
 *       {@code OwnedServerRequiredException};</li>
 *   <li>finding and starting one: {@code Environment} (what this machine offers), {@code ServerLauncher} (container,
 *       else PATH), {@code ServerRecipe} with {@code RedisRecipe} and {@code MemcachedRecipe} (one per server),
 *       {@code ServerProcess} (a started server, either way), {@code ServersOfThisJvm};</li>
 *   <li>from the PATH: {@code LocalProcess}, {@code LocalCommand}, {@code WorkDirectory}, {@code FreePorts},
 *       {@code Executables};</li>
 *   <li>in Docker: {@code Docker} (can it serve?), {@code DockerImages}, {@code DockerProblem},
 *       {@code ContainerProcess}, {@code ContainerOwner}, {@code ContainerWatchdog}, {@code WorkshopContainers},
 *       and the instructors' {@code PullImages};</li>
 *   <li>talking to a server: {@code TextProtocol}, {@code Probes}, {@code Poll};</li>
 *   <li>servers of the environment: {@code RedisUrl}, {@code Namespace}.</li>
 * </ul>
 *
 * <p>Why one package, not {@code servers.docker} and {@code servers.local} (decided for issue 18): the jobs meet in
 * {@code ServerLauncher}, which starts a recipe as a {@code LocalProcess} or a {@code ContainerProcess}, and both
 * kinds lean on the same helpers. Split by job, 12 of the 22 package-private types would have to become public:
 * {@code ServerProcess}, {@code Poll} and {@code ServersOfThisJvm} (used by both kinds); {@code LocalProcess},
 * {@code LocalCommand}, {@code WorkDirectory} and {@code FreePorts} (used by the launcher, the recipes and
 * containers); {@code Docker}, {@code DockerProblem}, {@code DockerImages}, {@code ContainerProcess} and
 * {@code ContainerOwner} (used by the launcher, {@code Servers} and the exceptions). Each would then be part of what
 * every lesson and every learner's IDE sees, and free to be misused, for a gain the list above gives as well. The
 * jobs that stand alone have left already: {@code Doctor} for {@code workshop.support.doctor}, {@code HungServer}
 * for {@code workshop.support.faults}.
 */
package workshop.support.servers;
