using ModelStatus.Cli;

return await ModelStatusCommand.RunAsync(args, Console.Out, Console.Error);
