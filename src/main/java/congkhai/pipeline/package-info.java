/**
 * Runs the stages in order for one command: {@link congkhai.pipeline.SiteBuild} builds, checks or
 * exports a site, from its config to the output stage, and reports what it did. Named so that no
 * tool takes it for build output.
 */
package congkhai.pipeline;
